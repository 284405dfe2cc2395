"""Linked evidence + policy -> one determination per hire, with reasons and evidence.

The order of questions mirrors the policy: was the hire on the short track; is there a
strong link to a certification that was sworn, in good standing, recent enough and long
enough on hire_date, with no decertification of the same person by then; if not, has the
full basic course been completed since; and if the evidence cannot decide (ambiguous
identity, a lead without a birth date, a sworn job claimed in a state whose registry is
not loaded), say so rather than guess. Everything is computed column-wise over all hires.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit.background import ResumeReadings
from audit.dataset import Dataset
from audit.evidence import day, evidence_sentences, flag, what_to_check
from audit.frames import joined, text_isin
from audit.link import Links, middles_differ
from audit.places import agency_states, states_named, sworn_jobs
from audit.policy import Policy
from audit.postmortem import screener_post_mortem
from audit.resume import claims_from_resume
from audit.titles import REGISTRY_CONTEXT, TitleClassifier


def evaluate(
    data: Dataset, links: Links, policy: Policy, resumes: ResumeReadings | None = None
) -> pd.DataFrame:
    """Determinations frame (see result.AuditResult), one row per hire, sorted by hire_id.

    ``resumes`` may hold the short-track hires' resumes read beside linking
    (``audit.background``); without it they are read here."""
    hires = data.hires.reset_index(drop=True)
    resumes = resumes or ResumeReadings.here(policy.titles, policy.sworn_categories)
    classifier = TitleClassifier(policy.titles, sworn_categories=policy.sworn_categories)
    track = _track(data, policy)
    cert = _certificate_checks(data, links, policy, classifier, hires["hire_date"])
    decert = _decert_checks(data, links, policy, hires["hire_date"])
    strong = cert[(cert["tier"] == "strong").to_numpy()]
    on_record = hires["hire_id"].iloc[strong.loc[flag(strong["sworn"]), "hire_row"].unique()]
    qualified = hires["hire_id"].iloc[strong.loc[strong["qualifies"], "hire_row"].unique()]
    claims = _claims(
        data, policy, classifier, track["short"].to_numpy(), resumes, on_record, qualified
    )
    cert = _corroborated(cert, hires["hire_id"], claims, classifier)
    facts = _hire_facts(len(hires), cert, decert)
    facts = facts.join(_claim_facts(hires["hire_id"], claims))
    out = _decide(hires, track, facts, cert, data.coverage)
    out = _explain_screener(out, hires, data, policy, classifier, resumes)
    out = _apply_overrides(out, data.overrides)
    # priority is for recalls only, the analysts' recalls included
    out["priority"] = out["priority"].where(out["determination"] == "RECALL")
    return out.sort_values("hire_id", kind="stable").reset_index(drop=True)


# -- track --------------------------------------------------------------------------------


def _code(values: pd.Series | frozenset[str]) -> pd.Series:
    """Course codes compared without case, spaces or punctuation (ero-leo-virt)."""
    series = pd.Series(sorted(values), dtype="string") if isinstance(values, frozenset) else values
    return series.astype("string").str.upper().str.replace(r"[^A-Z0-9]", "", regex=True)


def short_track(data: Dataset, policy: Policy) -> np.ndarray:
    """Per hire, placed on the short track by the screener or by a short course taken."""
    by_screener, by_course, _ = _short(data, policy, _code(data.training["course_code"]))
    return by_screener | by_course


def _short(
    data: Dataset, policy: Policy, course: pd.Series
) -> tuple[np.ndarray, np.ndarray, pd.DataFrame]:
    """(by screener, by a short course taken, the short courses' training rows);
    ``course`` = the training rows' codes."""
    hires, training = data.hires, data.training
    by_screener = (hires["screening_track"] == policy.short_screening_track).fillna(False)
    rows = training[course.isin(_code(policy.short_course_codes)).to_numpy()]
    by_course = text_isin(hires["hire_id"], rows["hire_id"])
    return by_screener.to_numpy(dtype=bool), np.asarray(by_course, dtype=bool), rows


def _track(data: Dataset, policy: Policy) -> pd.DataFrame:
    hires, training = data.hires, data.training
    course = _code(training["course_code"])
    by_screener, by_course, taken = _short(data, policy, course)
    basic = training[course.isin(_code(policy.basic_course_codes)).to_numpy()]
    # a course completed before the hire date (another posting's, years ago) counts too:
    # a recall is for "no completed basic course", and the evidence gives the date
    done = basic[basic["status"] == "completed"]
    done_on = done.groupby("hire_id")["end_date"].max()
    done_code = (
        done.sort_values(["hire_id", "course_code"]).groupby("hire_id")["course_code"].first()
    )
    pending = basic[basic["status"] == "enrolled"]["hire_id"]
    left = basic[basic["status"].isin(["withdrawn", "failed"]).to_numpy()]["hire_id"]
    # the short courses that put a hire on the short track, with how each went
    short_courses = joined(
        taken["hire_id"],
        taken["course_code"].astype("string")
        + " ("
        + taken["status"].astype("string").fillna("status blank")
        + ")",
        ", ",
    )
    return pd.DataFrame(
        {
            "by_screener": by_screener,
            "by_course": by_course,
            "short_courses": short_courses.reindex(hires["hire_id"]).astype("string").to_numpy(),
            "short": by_screener | by_course,
            "basic_done": text_isin(hires["hire_id"], done["hire_id"]),
            "basic_done_on": done_on.reindex(hires["hire_id"]).to_numpy(),
            "basic_code": done_code.reindex(hires["hire_id"]).astype("string").to_numpy(),
            "basic_enrolled": text_isin(hires["hire_id"], pending),
            "basic_left": text_isin(hires["hire_id"], left),
            "basis": hires["screening_basis"].astype("string").to_numpy()
            if "screening_basis" in hires
            else pd.array([pd.NA] * len(hires), dtype="string"),
        }
    )


# -- certifications -----------------------------------------------------------------------


def _certificate_checks(
    data: Dataset,
    links: Links,
    policy: Policy,
    classifier: TitleClassifier,
    hire_date: pd.Series,
) -> pd.DataFrame:
    """One row per link with each policy test as True / False / NA (cannot tell)."""
    lk = links.certs
    c, out = _linked(data.certifications, lk)
    out["record_id"] = c["record_id"].to_numpy()
    out["source"] = c["source"].to_numpy()
    out["agency"] = c["agency"].to_numpy()
    middle = (
        c["middle_name"].astype("string").str.casefold().str.replace(r"[^\w]", "", regex=True)
        if "middle_name" in c
        else pd.Series(pd.NA, index=c.index, dtype="string")
    )
    out["middle"] = middle.mask(middle == "").to_numpy()
    out["status"] = c["status"].to_numpy()
    # a status as written where the rules read none (hand-made frames may lack it)
    out["status_unread"] = (
        c["status_unread"].to_numpy() if "status_unread" in c else np.full(len(c), pd.NA)
    )
    out["issued"] = c["issued_date"].to_numpy()
    out["separated"] = c["separation_date"].to_numpy()
    out["hire_date"] = hire_date.iloc[lk["hire_row"].to_numpy()].to_numpy()

    category, cert_type = _certificate_kind(c, classifier, policy)
    out["cert_type"] = cert_type.to_numpy()
    out["category"] = category.to_numpy()
    out["sworn"] = _tri(category.isin(policy.sworn_categories), category == "unknown")
    status = out["status"].astype("string")
    out["status_ok"] = _tri(status.isin(policy.accepted_statuses), status.isna())
    issued = pd.to_datetime(out["issued"])
    separated = pd.to_datetime(out["separated"])
    hired = pd.to_datetime(out["hire_date"])
    out["issued_ok"] = _tri((issued <= hired).fillna(False), issued.isna())
    cutoff = _window_cutoff(hired, out["source"], policy)
    out["window_years"] = _window_years(out["source"], policy)
    # blank = still employed; a separation the registry says is unknown decides nothing
    said_unknown = (
        c["separation_date_unknown"].to_numpy(dtype=bool)
        if "separation_date_unknown" in c
        else np.zeros(len(c), dtype=bool)
    )
    # a separation dated before the certificate was issued: the record contradicts itself,
    # and neither its service nor its window can be measured
    contradicts = (separated < issued).fillna(False).to_numpy(dtype=bool)
    out["window_ok"] = _tri((separated.isna() | (separated >= cutoff)), said_unknown | contradicts)
    service_end = separated.where(separated.notna() & (separated < hired), hired)
    needed = issued + pd.DateOffset(months=policy.service_minimum_months)
    # an unknown separation still decides where the time to hire is too short already
    out["service_ok"] = _tri(
        (needed <= service_end).fillna(False),
        issued.isna().to_numpy() | (said_unknown & (needed <= hired).to_numpy()) | contradicts,
    )
    days = (service_end - issued).dt.days
    out["service_years"] = (days / 365.25).round(1)
    # under two years, in months counted as the minimum counts them (12.0 from 1 January to
    # 1 January), with the tenth rounded down: 11.97 never reads as the minimum met
    out["service_text"] = np.where(
        days < 730,
        (np.floor(_calendar_months(issued, service_end) * 10) / 10).astype(str) + " months",
        out["service_years"].astype(str) + " years",
    )
    out["separation_unknown"] = said_unknown
    out["dates_contradict"] = contradicts
    tests = out[["sworn", "status_ok", "issued_ok", "window_ok", "service_ok"]]
    out["qualifies"] = tests.eq(True).fillna(False).all(axis=1)
    out["fails"] = tests.eq(False).fillna(False).any(axis=1)
    out["undecided"] = ~out["qualifies"] & ~out["fails"]
    return out


def _calendar_months(start: pd.Series, end: pd.Series) -> np.ndarray:
    """Months from ``start`` to ``end`` as ``DateOffset(months=...)`` counts them, the
    days left over as a fraction of a month (NaN where a date is blank)."""
    a = start.to_numpy(dtype="datetime64[D]")
    b = end.to_numpy(dtype="datetime64[D]")
    first = a.astype("datetime64[M]")
    day = (a - first.astype("datetime64[D]")).astype(np.int64)  # 0-based day of the month

    def months_on(whole: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The same day ``whole`` months on (a shorter month's last day), and that
        month's length in days."""
        month = first + whole
        begins = month.astype("datetime64[D]")
        length = ((month + 1).astype("datetime64[D]") - begins).astype(np.int64)
        return begins + np.minimum(day, length - 1), length

    whole = (b.astype("datetime64[M]") - first).astype(np.int64)
    anchor, _ = months_on(whole)
    whole = whole - (anchor > b)
    anchor, length = months_on(whole)
    months = whole + (b - anchor).astype(np.int64) / length
    return np.where(np.isnat(a) | np.isnat(b), np.nan, months)


def _certificate_kind(
    c: pd.DataFrame, classifier: TitleClassifier, policy: Policy
) -> tuple[pd.Series, pd.Series]:
    """Each linked certificate's category, and its type as the evidence shows it.

    An employment type that names a limited class of law enforcement (Florida's ``Aux``:
    an auxiliary officer, whose employ_class still says LE) limits the certificate to that
    class; one that names anything else ("Trainee", "Civilian") leaves it unknown (review),
    never outside law enforcement, where a revocation of it would stop counting; full- or
    part-time names none, and leaves the certificate as the registry typed it."""
    cert_type = c["certification_type"].astype("string")
    category = classifier.classify(cert_type, context=REGISTRY_CONTEXT)
    if "employment_type" not in c:
        return category, cert_type
    employment = c["employment_type"].astype("string")
    kind = classifier.classify(employment, context=REGISTRY_CONTEXT)
    limits = (employment.notna() & ~kind.isin(["unknown", *policy.sworn_categories])).to_numpy(
        dtype=bool
    )
    limited = kind.where(kind.isin(LIMITED_CLASSES), "unknown")
    shown = cert_type.fillna("") + " (employment type " + employment + ")"
    return category.mask(limits, limited), cert_type.mask(limits, shown)


# law enforcement, but not sworn with full powers: an employment type may limit a
# certificate to one of these
LIMITED_CLASSES = ("reserve_auxiliary", "corrections_detention", "probation_parole")


DAYS_PER_MONTH = 365.25 / 12
# certificate categories whose revocation elsewhere says nothing of a law-enforcement one
NOT_LAW_ENFORCEMENT = ("security_private", "dispatch", "military", "other_officer", "aspirational")


def _tri(true: pd.Series, unknown: pd.Series | np.ndarray) -> pd.Series:
    """True / False, or NA where the input cannot tell."""
    values = pd.Series(np.asarray(true, dtype=bool), dtype="boolean")
    values[np.asarray(unknown, dtype=bool)] = pd.NA
    return values


def _window_years(source: pd.Series, policy: Policy) -> pd.Series:
    """The policy's window per row (float64), looked up once per distinct source."""
    codes, sources = pd.factorize(source, use_na_sentinel=False)
    years = np.array([policy.window_years(s) for s in sources], dtype="float64")
    return pd.Series(years[codes], index=source.index)


def _window_cutoff(hired: pd.Series, source: pd.Series, policy: Policy) -> pd.Series:
    """Earliest separation date still inside the (per-source) window before hire_date."""
    years = _window_years(source, policy)
    cutoff = pd.Series(pd.NaT, index=hired.index, dtype="datetime64[ns]")
    for value in sorted(years.dropna().unique()):
        rows = years == value
        whole = int(value)
        months = round((value - whole) * 12)
        cutoff[rows] = hired[rows] - pd.DateOffset(years=whole, months=months)
    return cutoff


def _linked(table: pd.DataFrame, lk: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The registry rows of the links, and a copy of the links to add checks to (both
    numbered 0..n-1, row i of one beside row i of the other)."""
    rows = table.reset_index(drop=True).iloc[lk["reg_row"].to_numpy()].reset_index(drop=True)
    return rows, lk.reset_index(drop=True).copy()


# -- decertifications --------------------------------------------------------------------


def _decert_checks(
    data: Dataset, links: Links, policy: Policy, hire_date: pd.Series
) -> pd.DataFrame:
    lk = links.decerts
    d, out = _linked(data.decertifications, lk)
    out["record_id"] = d["record_id"].to_numpy()
    out["source"] = d["source"].to_numpy()
    out["action"] = d["action"].to_numpy()
    out["action_date"] = pd.to_datetime(d["action_date"]).to_numpy()
    hired = hire_date.iloc[lk["hire_row"].to_numpy()].to_numpy()
    # a blank action is unknown, never "no": it counts (a named one the policy does not
    # list, "reinstated" or "reprimanded", not)
    counts = (d["action"].isin(policy.disqualifying_actions) | d["action"].isna()).to_numpy()
    when = pd.Series(out["action_date"])
    out["counts"] = counts
    out["before_hire"] = counts & (when <= hired).fillna(False).to_numpy()
    out["date_unknown"] = counts & when.isna().to_numpy()
    out["after_hire"] = counts & (when > hired).fillna(False).to_numpy()
    return out


# -- employment history claims -------------------------------------------------------------


def _claims(
    data: Dataset,
    policy: Policy,
    classifier: TitleClassifier,
    short: np.ndarray,
    resumes: ResumeReadings,
    on_record: pd.Series,
    qualified: pd.Series,
) -> pd.DataFrame:
    """Sworn jobs the applicant claimed, with their registry (``covered``) and whether they
    ended inside the separation window and so could still qualify (``recent``).

    The employment history is the applicant's declaration; a short-track hire may still
    claim a sworn job in the resume ("Patrol Officer, Reno Police Department"), and that
    claim reveals a coverage gap just the same (contract: resume text reveals coverage
    gaps). A claim that names no registry is not covered; beside declared sworn jobs, only
    a resume claim naming another registry counts (the rest restate the history, as does
    a claim naming a declared job's employer unless it writes out a state of its own), and
    a resume clause naming no state is news only when nothing else places the hire's sworn
    service (``on_record``: hires with a strong link to a sworn certificate)."""
    eh = data.employment_history
    sworn = classifier.classify(eh["title"], eh["employer"]).isin(policy.sworn_categories)
    # a blank title is unknown, never "no": a job at a law-enforcement employer may have
    # been sworn, so it is claimed as one (a gap where no registry is loaded)
    untitled = eh["title"].isna().to_numpy(dtype=bool) & eh["employer"].notna().to_numpy(dtype=bool)
    if untitled.any():
        employers = eh["employer"][untitled].astype(str)
        implied = employers.map({e: classifier.employer_category(e) for e in employers.unique()})
        sworn[untitled] = implied.isin(policy.sworn_categories).to_numpy(dtype=bool)
    # a blank state: the employer may name it ("Houston Police Department")
    source = eh["state"].astype("string")
    blank = source.isna().to_numpy(dtype=bool)
    if blank.any():
        agencies = agency_states(policy.titles)
        by_employer = states_named(eh["employer"][blank], agencies)
        source[blank] = by_employer.fillna(states_named(eh["title"][blank], agencies))
    source = source.where(~classifier.is_federal(eh["employer"]), "FED")
    hired = eh["hire_id"].map(data.hires.set_index("hire_id")["hire_date"])
    end = pd.to_datetime(eh["end_date"]).fillna(hired)
    start = pd.to_datetime(eh["start_date"])
    # a job without its dates may have been long enough: blank is unknown, never "no"
    short_job = (start + pd.DateOffset(months=policy.service_minimum_months) > end).fillna(False)
    long_enough = ~short_job.to_numpy(dtype=bool)
    jobs = pd.DataFrame(
        {
            "hire_id": eh["hire_id"].astype("string").to_numpy(),
            "source": source.to_numpy(),
            "title": eh["title"]
            .astype("string")
            .mask(untitled, "job without a title at " + eh["employer"].astype("string"))
            .to_numpy(),
            "employer": eh["employer"].astype("string").to_numpy(),
            "start": start.to_numpy(),
            "hired": hired.to_numpy(),
            "end": end.to_numpy(),
        }
    )
    # a hire who declares sworn jobs (however short) restates them in the resume: only a
    # resume claim naming another registry is news ("... Phoenix, AZ" beside a Texas job),
    # and only while no certificate already qualifies the hire (reading every resume's
    # claims would cost a fifth of a second at 20k hires for nothing)
    # ...and a job without a title restates nothing: it is only a possible sworn job
    any_sworn = jobs[sworn.to_numpy() & ~untitled]
    declared = jobs[sworn.to_numpy() & long_enough]
    settled = text_isin(data.hires["hire_id"], any_sworn["hire_id"]) & text_isin(
        data.hires["hire_id"], qualified
    )
    from_resume = _resume_claims(data, policy, classifier, short & ~settled, resumes)

    has_declared = text_isin(from_resume["hire_id"], any_sworn["hire_id"])
    named = from_resume["source"].notna().to_numpy()
    # ...or names a declared job's employer, where it names no state of its own (a city's
    # or county's guess aside): "Phoenix Police Department, Phoenix, AZ" is a job in Arizona
    guessed = from_resume["placed_by"].isna() | (from_resume["placed_by"] == "place")
    restated = text_isin(_in_state(from_resume), _in_state(any_sworn)) | (
        guessed.to_numpy(dtype=bool) & _names_employer(from_resume, any_sworn, classifier)
    )
    from_resume = from_resume[~has_declared | (named & ~restated)]
    # a resume clause naming no state ("FTO, SWAT team member", "Certified peace
    # officer") restates sworn service named elsewhere: in another clause that names its
    # state, or in a sworn certificate the registries hold for this hire
    named = from_resume["source"].notna().to_numpy()
    placed = text_isin(from_resume["hire_id"], from_resume.loc[named, "hire_id"]) | text_isin(
        from_resume["hire_id"], on_record
    )
    from_resume = from_resume[named | ~placed]
    out = pd.concat([declared, from_resume], ignore_index=True)
    recent = (out["end"] >= _window_cutoff(out["hired"], out["source"], policy)).fillna(True)
    out["recent"] = recent.to_numpy(dtype=bool)
    out["covered"] = out["source"].isin(data.coverage).to_numpy(dtype=bool)
    return out.drop(columns=["hired"]).rename(columns={"end": "until"})


def _in_state(frame: pd.DataFrame) -> pd.Series:
    """A hire in a registry's state, as one text key ("hire_id|source")."""
    ids = frame["hire_id"].astype("string").reset_index(drop=True)
    return ids + "|" + frame["source"].astype("string").fillna("").to_numpy()


def _names_employer(
    claims: pd.DataFrame, jobs: pd.DataFrame, classifier: TitleClassifier
) -> np.ndarray:
    """Per resume claim: it names the employer of one of the hire's declared sworn jobs,
    so it restates that job whatever state its city suggests."""
    claim, _ = _mentions(
        claims[["hire_id", "title"]], jobs[["hire_id", "employer"]], classifier.employer_words
    )
    return np.isin(np.arange(len(claims)), claim)


def _mentions(
    texts: pd.DataFrame, names: pd.DataFrame, words: Callable[[str], str]
) -> tuple[np.ndarray, np.ndarray]:
    """(row of ``texts``, row of ``names``) where a text (hire_id, text) names a name
    (hire_id, name) of the same hire, both read as ``words`` (so "Tulsa PD" names the
    Tulsa Police Department). Only a hire's own few rows are compared."""
    none = np.zeros(0, dtype=np.int64)
    if texts.empty or names.empty:
        return none, none
    text, name = texts.columns[1], names.columns[1]
    both = (
        texts.reset_index(drop=True)
        .reset_index(names="t")
        .merge(names.reset_index(drop=True).reset_index(names="n").dropna(), on="hire_id")
    )
    said = [words(str(t)) if not pd.isna(t) else "" for t in both[text].tolist()]
    wanted = [words(str(n)) for n in both[name].tolist()]
    named = np.array(
        [bool(n) and f" {n} " in f" {t} " for t, n in zip(said, wanted, strict=True)],
        dtype=bool,
    )
    return both["t"].to_numpy()[named], both["n"].to_numpy()[named]


def _corroborated(
    cert: pd.DataFrame, hire_ids: pd.Series, claims: pd.DataFrame, classifier: TitleClassifier
) -> pd.DataFrame:
    """Links with the ``if_claimed`` and ``strong_if_claimed`` tiers decided by the hire's
    claims of sworn service at the row's agency, in its state.

    An ``if_claimed`` lead becomes a lead (``partial``) for a hire no record links to
    strongly who claims service there (it is the record the claim points to, and recalling
    as "no record" would be wrong), and is dropped otherwise: such a row is more often a
    stranger in a registry of millions, and a state alone does not tell them apart (at
    100,000 hires, fourteen hires claiming service in Texas or Florida met strangers there
    under their middle name and birth year). A ``strong_if_claimed`` link (a swapped day
    and month on a crowded name) is strong where the claim names its agency, since a
    stranger born on the swapped date is not also at the agency the hire names, and a lead
    otherwise. ``claimed_at`` names the agency the claim named."""
    weak = (cert["tier"] == "if_claimed").to_numpy(dtype=bool)
    held = (cert["tier"] == "strong_if_claimed").to_numpy(dtype=bool)
    cert = cert.assign(claimed_at=pd.Series(pd.NA, index=cert.index, dtype="string"))
    if not (weak | held).any():
        return cert
    rows = cert["hire_row"].to_numpy()
    linked_strongly = np.isin(rows, rows[(cert["tier"] == "strong").to_numpy()])
    at_agency = np.zeros(len(cert), dtype=bool)
    at_agency[weak] = _mentioned_at(cert[weak], hire_ids, claims, classifier)
    # a strong link needs more than a lead: the declared employer is the agency itself
    # ("University of Houston Police Department" is not Houston's), in years the record
    # served (an old job there says nothing of a record issued later)
    at_agency[held] = _declared_at(cert[held], hire_ids, claims, classifier)
    kept = ~weak | (~linked_strongly & at_agency)
    cert, weak, held, at_agency = (
        cert[kept].reset_index(drop=True),
        weak[kept],
        held[kept],
        at_agency[kept],
    )
    # a kept if_claimed lead is a lead; a held link is strong where its agency was named
    cert["tier"] = np.select(
        [held & at_agency, weak | held], ["strong", "partial"], default=cert["tier"].to_numpy()
    )
    named_at = (weak | held) & at_agency
    cert.loc[named_at, "claimed_at"] = cert["agency"][named_at].astype("string")
    return cert


def _mentioned_at(
    cert: pd.DataFrame, hire_ids: pd.Series, claims: pd.DataFrame, classifier: TitleClassifier
) -> np.ndarray:
    """Per certificate row: a claim in the row's state whose employer is the row's agency,
    or whose resume clause names it ("hire_id" here keys the hire and the state)."""
    ids = hire_ids.astype("string").to_numpy()[cert["hire_row"].to_numpy()]
    agencies = pd.DataFrame(
        {
            "hire_id": _in_state(pd.DataFrame({"hire_id": ids, "source": cert["source"]})),
            "agency": cert["agency"].to_numpy(),
        }
    )
    said = pd.DataFrame(
        {
            "hire_id": _in_state(claims),
            "said": claims["employer"].fillna(claims["title"]).to_numpy(),
        }
    )
    out = np.zeros(len(cert), dtype=bool)
    _, named = _mentions(said, agencies, classifier.employer_words)
    out[named] = True
    # an agency written without its place ("Police Department", "Sheriff's Office") is
    # inside every claim of its kind: it names no agency in particular
    agency = cert["agency"].astype("string").fillna("")
    specific = {a: _one_agency(classifier.employer_words(a)) for a in agency.unique()}
    return out & agency.map(specific).to_numpy(dtype=bool)


def _declared_at(
    cert: pd.DataFrame, hire_ids: pd.Series, claims: pd.DataFrame, classifier: TitleClassifier
) -> np.ndarray:
    """Per certificate row: the hire declares a job (employment history, not a resume
    clause, which may name several agencies) whose employer is the row's agency, word for
    word, in its state, at a time the row's certificate was held (where both say when)."""
    declared = claims[claims["employer"].notna().to_numpy(dtype=bool)]
    rows = pd.DataFrame(
        {
            "key": _in_state(
                pd.DataFrame(
                    {
                        "hire_id": hire_ids.astype("string").to_numpy()[cert["hire_row"]],
                        "source": cert["source"].to_numpy(),
                    }
                )
            ).to_numpy(),
            "agency": cert["agency"].astype("string").to_numpy(),
            "issued": pd.to_datetime(cert["issued"]).to_numpy(),
            "ended": pd.to_datetime(cert["separated"]).to_numpy(),
        }
    ).reset_index(names="row")
    jobs = pd.DataFrame(
        {
            "key": _in_state(declared).to_numpy(),
            "employer": declared["employer"].to_numpy(),
            "start": pd.to_datetime(declared["start"]).to_numpy(),
            "until": pd.to_datetime(declared["until"]).to_numpy(),
        }
    )
    both = rows.dropna(subset=["agency"]).merge(jobs, on="key")
    if both.empty:
        return np.zeros(len(cert), dtype=bool)
    words = {
        t: classifier.employer_words(t)
        for t in pd.unique(both[["agency", "employer"]].values.ravel())
    }
    same = both["agency"].map(words) == both["employer"].map(words)
    specific = both["agency"].map(lambda a: _one_agency(words[a]))
    # the job and the certificate overlap, unless a date that would tell is blank
    apart = (both["start"] > both["ended"]).fillna(False) | (both["until"] < both["issued"]).fillna(
        False
    )
    found = both.loc[(same & specific & ~apart).to_numpy(dtype=bool), "row"].unique()
    out = np.zeros(len(cert), dtype=bool)
    out[found] = True
    return out


def _one_agency(words: str) -> bool:
    """An agency's name (as employer_words writes it) names one agency, not a kind."""
    return bool(set(words.split()) - _GENERIC_AGENCY_WORDS)


# words that name a kind of agency, not one agency (as employer_words writes them)
_GENERIC_AGENCY_WORDS = frozenset(
    {
        *("police", "department", "sheriffs", "sheriff", "office", "county", "city"),
        *("state", "municipal", "metropolitan", "metro", "regional", "highway", "patrol"),
        *("public", "safety", "of", "the", "and", "law", "enforcement", "agency"),
        *("division", "bureau", "unit", "service", "services", "township", "town", "village"),
    }
)


def _resume_claims(
    data: Dataset,
    policy: Policy,
    classifier: TitleClassifier,
    wanted: np.ndarray,
    resumes: ResumeReadings,
) -> pd.DataFrame:
    """Sworn jobs claimed in the ``wanted`` hires' resumes: the clause, the state it names
    (or FED for a federal agency) and its last year (a job going on ends at hire)."""
    hires = data.hires
    none = pd.DataFrame(
        {
            "hire_id": pd.Series(dtype="string"),
            "source": pd.Series(dtype="string"),
            "title": pd.Series(dtype="string"),
            "placed_by": pd.Series(dtype="string"),
            "hired": pd.Series(dtype="datetime64[ns]"),
            "end": pd.Series(dtype="datetime64[ns]"),
        }
    )
    if "resume_text" not in hires or not wanted.any():
        return none
    picked = hires[wanted].reset_index(drop=True)
    read = claims_from_resume(
        picked["resume_text"],
        policy.titles,
        policy.sworn_categories,
        readings=resumes.cover(picked["resume_text"]),
    )
    placed, federal = resumes.places()
    jobs = sworn_jobs(
        read["sworn_text"].where(read["sworn_claimed"]), agency_states(policy.titles), placed
    )
    if jobs.empty:
        return none
    owner = picked.loc[jobs.index]
    hired = owner["hire_date"].to_numpy()
    year_end = pd.to_datetime(jobs["last_year"].astype("string") + "-12-31", errors="coerce")
    return pd.DataFrame(
        {
            "hire_id": owner["hire_id"].astype("string").to_numpy(),
            "source": jobs["state"]
            .where(~classifier.is_federal(jobs["title"], known=federal), "FED")
            .to_numpy(),
            "title": jobs["title"].to_numpy(),
            "placed_by": jobs["placed_by"].to_numpy(),
            "hired": hired,
            "end": np.where(year_end.isna(), hired, year_end.to_numpy()),
        }
    )


# -- per-hire facts ----------------------------------------------------------------------


def _claim_facts(hire_id: pd.Series, claims: pd.DataFrame) -> pd.DataFrame:
    """Per hire: sworn service claimed in loaded / unloaded registries, and claimed but
    ended before the separation window (it could not qualify, so it is no gap), as text."""

    def listed(rows: pd.DataFrame) -> pd.Series:
        text = (
            rows["title"].astype("string").fillna("sworn job")
            + " ("
            + rows["source"].fillna("?")
            + ")"
        )
        per_hire = joined(rows["hire_id"], text, ", ")
        return hire_id.map(per_hire).astype("string").reset_index(drop=True)

    recent, covered = claims["recent"].to_numpy(), claims["covered"].to_numpy()
    gap = claims[recent & ~covered]
    loaded = claims[recent & covered]
    old = claims[~recent]
    return pd.DataFrame(
        {
            "gap_claim": text_isin(hire_id, gap["hire_id"]),
            "loaded_claim": text_isin(hire_id, loaded["hire_id"]),
            "old_claim": text_isin(hire_id, old["hire_id"]),
            "gap_text": listed(gap),
            "loaded_text": listed(loaded),
            "old_text": listed(old),
        }
    )


def _hire_facts(n: int, cert: pd.DataFrame, decert: pd.DataFrame) -> pd.DataFrame:
    """Aggregate link-level checks to one row per hire (index = hire row)."""
    f = pd.DataFrame(index=pd.RangeIndex(n))
    strong = cert[cert["tier"] == "strong"].copy()
    strong["top"] = strong["score"] == strong.groupby("hire_row")["score"].transform("max")
    top = strong[strong["top"]]

    # Identity: how many different people share the best score, and do they disagree?
    per_person = top.groupby(["hire_row", "person"]).agg(q=("qualifies", "any"))
    people = per_person.groupby("hire_row").agg(n=("q", "size"), nq=("q", "sum"))
    f["top_people"] = people["n"].reindex(f.index).fillna(0).astype(int)
    f["top_qualifying"] = people["nq"].reindex(f.index).fillna(0).astype(int)
    f["ambiguous"] = (
        (f["top_people"] > 1) & (f["top_qualifying"] > 0) & (f["top_qualifying"] < f["top_people"])
    )
    # A weaker match that qualifies where the best does not: the hire's own other record
    # where it differs from the hire by a nickname at most (Ben beside an exact Benjamin's
    # detention certificate: more records of one person must not lower the outcome), so it
    # verifies; one that may be another person (Kelvin beside Kevin, a swapped birth date
    # beside the exact one, another surname) is reviewed, never verified
    weaker = strong[~strong["top"] & strong["qualifies"]]
    # ...another state's record of the one person at the top: the same registry holding the
    # hire's exact name and this spelling beside it holds two people (Christina, Chris)
    top_sources = top[["hire_row", "source"]].drop_duplicates().assign(same_registry=True)
    in_top_registry = (
        weaker[["hire_row", "source"]]
        .merge(top_sources, on=["hire_row", "source"], how="left")["same_registry"]
        .fillna(False)
        .to_numpy(dtype=bool)
    )
    one_person = (f["top_people"] == 1).reindex(weaker["hire_row"]).to_numpy(dtype=bool)
    own = (
        (weaker["dob_level"] == "exact").to_numpy()
        & weaker["first_level"].isin(["exact", "nickname"]).to_numpy()
        & (weaker["last_level"] == "exact").to_numpy()
        & ~in_top_registry
        & one_person
        & ~_middles_differ(weaker, top)
    )
    best_fails = f["top_qualifying"] == 0
    by_own = _any(weaker[own], n) & best_fails
    f["qualifies"] = ((f["top_qualifying"] > 0) | by_own) & ~f["ambiguous"]
    f["conflicting"] = _any(weaker[~own], n) & best_fails & ~f["qualifies"]
    f["top_records"] = _record_list(top, n)
    # and one the policy cannot judge (a blank issued date) is reviewed the same way where
    # nothing qualifies: ignoring it recalled the hire on the best match's failure alone
    f["undecided"] = _any(strong[strong["undecided"]], n)
    f["type_unknown"] = _any(strong[strong["undecided"] & strong["sworn"].isna()], n)
    f["strong_any"] = _any(strong, n)
    f["has_sworn"] = _any(strong[flag(strong["sworn"])], n)
    f["bad_status"] = _any(top[flag(top["status_ok"], False)], n)
    # revoked or suspended today (a registry's status is as of its extract) and every other
    # test met: beside that registry's decertification of the person dated after hire (and
    # none earlier, undated or possible: _decide), the status may date from then
    met = ~top[["issued_ok", "window_ok", "service_ok"]].eq(False).any(axis=1)
    revoked_now = top[top["status"].isin(["revoked", "suspended"]) & flag(top["sworn"]) & met]
    strong_d = decert[decert["tier"] == "strong"]
    later = strong_d[strong_d["after_hire"]][["hire_row", "source"]].drop_duplicates()
    f["revoked_after_hire"] = _any(revoked_now.merge(later, on=["hire_row", "source"]), n)
    # a revoked or suspended law-enforcement record of this person, or of someone who may
    # be (a lead); a suspended security-guard licence says nothing of a peace officer
    barred = (
        flag(cert["status_ok"], False)
        & cert["tier"].isin(["strong", "partial"]).to_numpy()
        & ~cert["category"].isin(NOT_LAW_ENFORCEMENT).to_numpy()
    )
    # ...unless that registry's decertification of the person, dated after hire, explains
    # it: on hire_date that certificate stood, as the qualifying one did
    revoked = cert[barred]
    explained = (
        revoked[["hire_row", "source"]]
        .merge(later.assign(after=True), on=["hire_row", "source"], how="left")["after"]
        .fillna(False)
        .to_numpy(dtype=bool)
    )
    f["revoked_elsewhere"] = _any(revoked[~explained], n)
    f["revoked_with"] = _record_list(revoked[~explained], n)
    # a law-enforcement record of this person (or a lead) whose status the rules cannot
    # read ("Rvkd", "Not Certified"): it may be a revocation, so nothing verifies beside it
    unread = cert[
        cert["status_unread"].notna().to_numpy(dtype=bool)
        & cert["tier"].isin(["strong", "partial"]).to_numpy()
        & ~cert["category"].isin(NOT_LAW_ENFORCEMENT).to_numpy()
    ]
    f["status_unread"] = _any(unread, n)
    f["unread_with"] = (
        joined(
            unread["hire_row"],
            unread["record_id"].astype(str) + " ('" + unread["status_unread"].astype(str) + "')",
            ", ",
        )
        .reindex(range(n))
        .astype("string")
    )
    f["best"] = _best_record(strong, cert, n)

    partial = cert[(cert["tier"] == "partial") & ~cert["fails"]]
    f["lead_no_dob"] = _any(partial[partial["dob_level"].isin(["year", "unknown"])], n)
    f["lead_name_change"] = _any(partial[partial["last_level"] == "conflict"], n)
    swapped = (
        (partial["dob_level"] == "swapped")
        & partial["first_level"].isin(["exact", "typo"])
        & partial["last_level"].isin(["exact", "typo"])
    )
    dob_typo = partial["dob_level"] == "typo"
    names_swapped = partial["first_level"] == "swapped_names"
    f["lead_swapped"] = _any(partial[swapped], n)
    f["lead_dob_typo"] = _any(partial[dob_typo], n)
    f["lead_names_swapped"] = _any(partial[names_swapped], n)
    f["lead_weak"] = _any(
        partial[
            ~partial["dob_level"].isin(["year", "unknown"])
            & (partial["last_level"] != "conflict")
            & ~swapped
            & ~dob_typo
            & ~names_swapped
        ],
        n,
    )
    f["candidates"] = _record_list(cert, n)

    f["decertified"] = _any(strong_d[strong_d["before_hire"]], n)
    f["decert_date_unknown"] = _any(strong_d[strong_d["date_unknown"]], n)
    f["decert_after"] = _any(strong_d[strong_d["after_hire"]], n)
    # a possible decertification: a lead to an action the policy counts, not after hire
    lead_d = decert[(decert["tier"] == "partial") & decert["counts"] & ~decert["after_hire"]]
    f["decert_lead"] = _any(lead_d, n)
    # the record that decides (dated on or before hire: its date is the one given), or
    # may decide (undated, a lead); else a decertification after hire
    before = strong_d[strong_d["before_hire"]]
    after = strong_d[strong_d["after_hire"]]
    record = _first_record(before, n)
    for rows in (strong_d[strong_d["date_unknown"]], lead_d, after):
        record = record.fillna(_first_record(rows, n))
    f["decert_record"] = record
    f["decert_date"] = _first_value(before, "action_date", n)
    f["decert_after_record"] = _first_record(after, n)
    f["decert_after_date"] = _first_value(after, "action_date", n)
    return f


def _middles_differ(rows: pd.DataFrame, top: pd.DataFrame) -> np.ndarray:
    """Per row, whether its record's middle name tells it apart from a top record of the
    same hire. Where the hire gave no middle name, both records link to the hire and
    still name two people (Michael Allen Johnson, Mike Ray Johnson)."""
    pairs = (
        rows[["hire_row", "middle"]]
        .reset_index(drop=True)
        .reset_index(names="at")
        .merge(top[["hire_row", "middle"]], on="hire_row", suffixes=("", "_top"))
    )
    differ = middles_differ(pairs["middle"], pairs["middle_top"])
    out = np.zeros(len(rows), dtype=bool)
    out[pairs.loc[differ, "at"].to_numpy(dtype=np.int64)] = True
    return out


def _any(rows: pd.DataFrame, n: int) -> pd.Series:
    flags = np.zeros(n, dtype=bool)
    flags[rows["hire_row"].unique()] = True
    return pd.Series(flags)


def _record_list(links: pd.DataFrame, n: int) -> pd.Series:
    return joined(links["hire_row"], links["record_id"], ";").reindex(range(n)).astype("string")


def _first_record(rows: pd.DataFrame, n: int) -> pd.Series:
    return _first_value(rows, "record_id", n).astype("string")


def _first_value(rows: pd.DataFrame, column: str, n: int) -> pd.Series:
    if rows.empty:
        return pd.Series([pd.NA] * n, dtype="object")
    first = rows.sort_values(["hire_row", "record_id"]).groupby("hire_row")[column].first()
    return first.reindex(range(n))


def _best_record(strong: pd.DataFrame, cert: pd.DataFrame, n: int) -> pd.Series:
    """The link that explains the determination: a qualifying one if any, else the
    best-scoring strong link, else the best lead. Returns a row position into ``cert``."""
    ranked = cert.assign(
        rank_q=cert["qualifies"].astype(int),
        rank_t=(cert["tier"] == "strong").astype(int),
        rank_s=flag(cert["sworn"]).astype(int),
        pos=np.arange(len(cert)),
    ).sort_values(
        ["hire_row", "rank_t", "rank_q", "score", "rank_s", "record_id"],
        ascending=[True, False, False, False, False, True],
        kind="stable",
    )
    best = ranked.groupby("hire_row")["pos"].first()
    return best.reindex(range(n))


# -- decision ------------------------------------------------------------------------------


def _decide(
    hires: pd.DataFrame,
    track: pd.DataFrame,
    f: pd.DataFrame,
    cert: pd.DataFrame,
    coverage: tuple[str, ...],
) -> pd.DataFrame:
    best = _best_rows(cert, f["best"])
    short = track["short"]
    blocked = f["decertified"]
    qualifies = f["qualifies"] & ~blocked
    open_ = ~qualifies & ~blocked
    review = {
        "AMBIGUOUS_IDENTITY": open_ & f["ambiguous"],
        "CONFLICTING_RECORDS": open_ & f["conflicting"],
        "REVOKED_AFTER_HIRE": open_
        & f["revoked_after_hire"]
        & ~f["decert_lead"]
        & ~f["decert_date_unknown"],
        "CERT_TYPE_UNRECOGNISED": open_ & f["type_unknown"],
        "CERT_DATA_INCOMPLETE": (open_ & f["undecided"] & ~f["type_unknown"])
        | (qualifies & f["status_unread"]),
        "IDENTITY_NO_FULL_DOB": open_ & f["lead_no_dob"],
        "POSSIBLE_NAME_CHANGE": open_ & f["lead_name_change"],
        "WEAK_NAME_MATCH": open_ & f["lead_weak"],
        "SWAPPED_DOB_NAMESAKES": open_ & f["lead_swapped"],
        "DOB_ONE_KEYSTROKE_OFF": open_ & f["lead_dob_typo"],
        "NAMES_SWAPPED": open_ & f["lead_names_swapped"],
        "COVERAGE_GAP": open_ & f["gap_claim"],
        "POSSIBLE_DECERTIFICATION": qualifies & f["decert_lead"],
        "REVOKED_ELSEWHERE": qualifies & f["revoked_elsewhere"],
        "DECERT_DATE_UNKNOWN": qualifies & f["decert_date_unknown"],
    }
    needs_review = np.logical_or.reduce([v.to_numpy() for v in review.values()])
    verified = (
        qualifies
        & ~f["decert_lead"]
        & ~f["decert_date_unknown"]
        & ~f["revoked_elsewhere"]
        & ~f["status_unread"]
    )
    determination = np.select(
        [~short, verified, track["basic_done"], needs_review],
        ["NOT_APPLICABLE", "VERIFIED_LEO", "REMEDIATED", "MANUAL_REVIEW"],
        default="RECALL",
    )
    det = pd.Series(determination)
    is_review = (det == "MANUAL_REVIEW").to_numpy()
    has_best = best["record_id"].notna().to_numpy()
    # the best record is any link, a lead included: a lead to a corrections certificate
    # is a match that does not qualify, not "no match"
    no_match = ~has_best
    best_fail = has_best & ~flag(best["qualifies"])
    codes: list[tuple[str, np.ndarray]] = [
        ("FULL_TRACK", ~short.to_numpy()),
        ("SHORT_TRACK_SCREENER", (short & track["by_screener"]).to_numpy()),
        ("SHORT_TRACK_COURSE", (short & track["by_course"] & ~track["by_screener"]).to_numpy()),
        ("SWORN_CERT_VERIFIED", short.to_numpy() & verified.to_numpy()),
        # a qualifying certificate held back by a possible decertification or a revoked
        # certificate elsewhere: found, not verified
        ("SWORN_CERT_QUALIFIES", short.to_numpy() & (qualifies & ~verified).to_numpy()),
        ("NO_REGISTRY_MATCH", short.to_numpy() & no_match),
        ("CERT_NOT_SWORN", short.to_numpy() & best_fail & flag(best["sworn"], False)),
        (
            "CERT_STATUS_NOT_ACCEPTED",
            short.to_numpy() & best_fail & flag(best["status_ok"], False),
        ),
        (
            "CERT_ISSUED_AFTER_HIRE",
            short.to_numpy() & best_fail & flag(best["issued_ok"], False),
        ),
        (
            "SEPARATION_EXCEEDS_WINDOW",
            short.to_numpy() & best_fail & flag(best["window_ok"], False),
        ),
        (
            # a certificate issued after the hire has no service before it to speak of
            "SERVICE_UNDER_MINIMUM",
            short.to_numpy()
            & best_fail
            & flag(best["service_ok"], False)
            & ~flag(best["issued_ok"], False),
        ),
        ("DECERTIFIED_BEFORE_HIRE", short.to_numpy() & blocked.to_numpy()),
        ("DECERTIFIED_AFTER_HIRE", short.to_numpy() & f["decert_after"].to_numpy()),
        *[(code, short.to_numpy() & hit.to_numpy() & is_review) for code, hit in review.items()],
        (
            # a sworn certification on record (linked, or a lead) that fails the policy is
            # named by its failing test or lead, not as a claim the registry lacks
            "CLAIMED_SWORN_NOT_IN_REGISTRY",
            short.to_numpy()
            & f["loaded_claim"].to_numpy()
            & ~qualifies.to_numpy()
            & ~flag(best["sworn"], True),
        ),
        ("BASIC_COMPLETED", (det == "REMEDIATED").to_numpy()),
        (
            "BASIC_ENROLLED_NOT_COMPLETED",
            (det == "RECALL").to_numpy() & track["basic_enrolled"].to_numpy(),
        ),
        (
            "BASIC_WITHDRAWN_OR_FAILED",
            (det == "RECALL").to_numpy() & track["basic_left"].to_numpy(),
        ),
        (
            "SWAPPED_DOB_AGENCY_CLAIMED",
            short.to_numpy()
            & (best["tier"] == "strong").to_numpy()
            & best["claimed_at"].notna().to_numpy()
            & (best["dob_level"] == "swapped").to_numpy(),
        ),
        (
            "MIDDLE_NAME_AGENCY_CLAIMED",
            short.to_numpy()
            & (best["tier"] == "strong").to_numpy()
            & best["claimed_at"].notna().to_numpy()
            & (best["first_level"] == "middle_as_first").to_numpy(),
        ),
        ("HIRE_DOB_MISSING", short.to_numpy() & hires["date_of_birth"].isna().to_numpy()),
        (
            "HIRE_NAME_MISSING",
            short.to_numpy()
            & (hires["first_name"].isna() | hires["last_name"].isna()).to_numpy(dtype=bool),
        ),
    ]
    reasons = _join_codes(codes, len(hires))
    out = pd.DataFrame(
        {
            "hire_id": hires["hire_id"].astype("string").to_numpy(),
            "determination": determination,
            "reason_codes": reasons,
            "evidence": evidence_sentences(hires, track, f, best, coverage, det),
            "record_id": best["record_id"].astype("string").to_numpy(),
            "match_score": best["score"].astype("float64").to_numpy(),
            "last_name": hires["last_name"].astype("string").to_numpy(),
            "first_name": hires["first_name"].astype("string").to_numpy(),
            "field_office": hires["field_office"].astype("string").to_numpy(),
            "hire_date": hires["hire_date"].to_numpy(),
            "screening_track": hires["screening_track"].astype("string").to_numpy(),
            "short_track": short.to_numpy(),
            "link_tier": best["tier"].astype("string").to_numpy(),
            "registry_source": best["source"].astype("string").to_numpy(),
            "decert_record_id": f["decert_record"].astype("string").to_numpy(),
            "priority": _priority(f, best),
            "what_to_check": what_to_check(review, is_review, f),
            "candidate_record_ids": f["candidates"].astype("string").to_numpy(),
            "date_of_birth": hires["date_of_birth"].to_numpy(),  # written only on request
        }
    )
    return out


def _best_rows(cert: pd.DataFrame, best: pd.Series) -> pd.DataFrame:
    """The explaining link per hire (all NA where there is none), aligned to hires."""
    columns = [
        "record_id",
        "source",
        "cert_type",
        "category",
        "status",
        "status_unread",
        "issued",
        "separated",
        "tier",
        "score",
        "dob_level",
        "first_level",
        "last_level",
        "qualifies",
        "sworn",
        "status_ok",
        "issued_ok",
        "window_ok",
        "service_ok",
        "service_years",
        "service_text",
        "separation_unknown",
        "dates_contradict",
        "hire_date",
        "window_years",
        "claimed_at",
    ]
    pos = best.to_numpy(dtype="float64")
    have = ~np.isnan(pos)
    rows = cert.iloc[pos[have].astype(int)][columns].reset_index(drop=True)
    rows.index = np.flatnonzero(have)
    return rows.reindex(range(len(best)))


def _join_codes(codes: list[tuple[str, np.ndarray]], n: int) -> np.ndarray:
    """The present codes per hire, ";"-joined in list order (by Arrow: one pass per code
    over a Python object array would copy each hire's text once per code)."""
    empty = pa.scalar("", pa.large_string())
    present = [
        pc.if_else(pa.array(hit, pa.bool_()), pa.scalar(code + ";", pa.large_string()), empty)
        for code, hit in codes
    ]
    if not present:
        return np.full(n, "", dtype=object)
    joined = pc.binary_join_element_wise(*present, empty)
    return pc.utf8_rtrim(joined, characters=";").to_numpy(zero_copy_only=False)


def _priority(f: pd.DataFrame, best: pd.DataFrame) -> np.ndarray:
    """Recall urgency, for every hire (``evaluate`` keeps it for recalls only, after the
    analysts' overrides): high when nothing or something bad is on record, medium when
    only a non-sworn certification exists, low when a sworn one misses a time limit."""
    sworn_on_record = flag(best["sworn"], True) & (best["tier"] == "strong").to_numpy()
    bad = f["decertified"].to_numpy() | f["bad_status"].to_numpy() | ~f["strong_any"].to_numpy()
    level = np.select([bad, sworn_on_record], ["high", "low"], default="medium")
    return pd.Series(level, dtype="string").to_numpy()


def _explain_screener(
    out: pd.DataFrame,
    hires: pd.DataFrame,
    data: Dataset,
    policy: Policy,
    classifier: TitleClassifier,
    resumes: ResumeReadings | None,
) -> pd.DataFrame:
    """Short-track hires the audit does not verify get the screener's mistake named."""
    explain = (
        out["short_track"].to_numpy(dtype=bool)
        & out["determination"].isin(["RECALL", "REMEDIATED", "MANUAL_REVIEW"]).to_numpy()
    )
    post = screener_post_mortem(
        hires, data.employment_history, policy, classifier, explain, resumes
    )
    has = post["codes"].to_numpy() != ""
    out.loc[has, "reason_codes"] = out.loc[has, "reason_codes"] + ";" + post.loc[has, "codes"]
    said = post["note"].to_numpy() != ""
    out.loc[said, "evidence"] = out.loc[said, "evidence"] + " " + post.loc[said, "note"]
    return out


# -- overrides -------------------------------------------------------------------------------


def _apply_overrides(out: pd.DataFrame, overrides: pd.DataFrame) -> pd.DataFrame:
    """An analyst's recorded decision replaces the audit's, and says so in the evidence."""
    if overrides.empty:
        return out
    o = overrides.set_index("hire_id")
    hit = out["hire_id"].isin(o.index)
    ids = out.loc[hit, "hire_id"]
    before = out.loc[hit, "determination"]
    after = ids.map(o["determination"]).astype(str)
    when = ids.map(o["reviewed_on"]).pipe(day).fillna("an unrecorded date")
    out.loc[hit, "evidence"] = (
        "Analyst override by "
        + ids.map(o["reviewer"]).astype(str)
        + " on "
        + when
        + ": "
        + ids.map(o["justification"]).astype(str)
        + " (audit alone: "
        + before
        + "). "
        + out.loc[hit, "evidence"]
    )
    out.loc[hit, "reason_codes"] = "ANALYST_OVERRIDE;" + out.loc[hit, "reason_codes"]
    out.loc[hit, "determination"] = after
    # The analyst decides, but a short-track determination on a full-track hire (or the
    # reverse) means the training records or the override are wrong: say so on the row.
    short = out["short_track"].to_numpy(dtype=bool)
    full_only = (out["determination"] == "NOT_APPLICABLE").to_numpy()
    odd = hit.to_numpy() & (short == full_only) & (out["determination"] != "MANUAL_REVIEW")
    if odd.any():
        out.loc[odd, "reason_codes"] += ";OVERRIDE_CONTRADICTS_TRACK"
        out.loc[odd, "evidence"] += np.where(
            short[odd],
            " The records put this hire on the short track, yet the override says"
            " NOT_APPLICABLE (full track): check the training records.",
            " The records put this hire on the full track, yet the override gives a"
            " short-track determination: check the training records.",
        )
    # an analyst's review says what to check; an analyst's recall of a hire the audit did
    # not recall is for a reason the audit could not see: the most urgent
    said = pd.Series(pd.NA, index=out.index, dtype="string")
    said[hit] = ids.map(o["justification"]).astype("string")
    audit_recalled = pd.Series(False, index=out.index)
    audit_recalled[hit] = (before == "RECALL").to_numpy()
    to_review = hit & (out["determination"] == "MANUAL_REVIEW") & out["what_to_check"].isna()
    out.loc[to_review, "what_to_check"] = "Set to review by an analyst: " + said[to_review] + "."
    out.loc[hit & (out["determination"] == "RECALL") & ~audit_recalled, "priority"] = "high"
    return out
