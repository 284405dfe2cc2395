"""report.html: the audit for people, one self-contained file that opens with no network.

Names, offices and evidence come from input files, so the template is rendered with
autoescaping on and a Content-Security-Policy that forbids scripts and remote loads: a
hostile value can at worst appear as text. Charts are CSS bars so nothing needs JavaScript
and the page prints as it looks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cache
from typing import Any

import pandas as pd
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from audit.contract import CONTRACT_VERSION
from audit.reasons import PLACEMENT_CODES, meaning
from audit.report import summary
from audit.report.files import text_frame
from audit.result import AuditResult

TEMPLATE = "report.html"
NOT_RECORDED = "not recorded"
REASONS_SHOWN = 15  # a chart of every rare code would bury the frequent ones


def render_report(
    result: AuditResult, tables: Mapping[str, pd.DataFrame], generated_at: datetime
) -> str:
    """The whole page as text; `tables` are the published ones, so the page matches the CSVs."""
    return _environment().get_template(TEMPLATE).render(**_context(result, tables, generated_at))


@cache
def _environment() -> Environment:
    # autoescape=True regardless of file name: every template here is HTML.
    return Environment(
        loader=PackageLoader("audit", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _context(
    result: AuditResult, tables: Mapping[str, pd.DataFrame], generated_at: datetime
) -> dict[str, Any]:
    counts = result.counts()
    # why hires are recalled or reviewed: the codes of those hires, not how they were placed
    det = result.determinations
    acted_on = det[det["determination"].isin(["RECALL", "MANUAL_REVIEW"])]
    reasons = [
        (code, n) for code, n in summary.reason_frequency(acted_on) if code not in PLACEMENT_CODES
    ]
    offices = summary.office_load(result.determinations)
    return {
        "generated_on": generated_at.strftime("%Y-%m-%d %H:%M %Z").strip(),
        "hires": sum(counts.values()),
        "totals": summary.totals(counts),
        "max_count": max(counts.values(), default=0),
        "offices": offices,
        "max_office": max((max(o.recalls, o.reviews) for o in offices), default=0),
        "reasons": [(code, n, meaning(code)) for code, n in reasons[:REASONS_SHOWN]],
        "reason_kinds": len(reasons),
        "max_reason": max((n for _, n in reasons), default=0),
        "coverage": summary.coverage_text(result.dataset.coverage),
        "method": method(result.policy_data),
        "recalls": len(tables["recall_list"]),
        "recall_rows": _recall_rows(tables["recall_list"]),
        "reviews": len(tables["review_queue"]),
        "review_rows": _review_rows(tables["review_queue"]),
        "tool_version": result.tool_version,
        "contract_version": CONTRACT_VERSION,
        "rules_version": result.rules_version,
        "rules_files": result.rules_files,
        "inputs": result.dataset.files,
        "input_notes": result.dataset.notes,
    }


def method(policy: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The policy in brief, as (rule, value) lines; absent settings say so instead of failing."""
    window = policy.get("separation_window") or {}
    tracks = policy.get("tracks") or {}
    return [
        ("Certification types that count", _listed(policy.get("sworn_categories"))),
        ("Registry statuses that may verify", _listed(policy.get("accepted_statuses"))),
        ("Separated no longer before hire than", _years(window.get("default_years"))),
        ("Shorter windows by registry", _overrides(window.get("by_source"))),
        ("Minimum service shown", _months(policy.get("service_minimum_months"))),
        ("Short-track screening value", _text(tracks.get("short_screening_track"))),
        ("Short-track course codes", _listed(tracks.get("short_course_codes"))),
        ("Full basic course codes", _listed(tracks.get("basic_course_codes"))),
    ]


def _recall_rows(frame: pd.DataFrame) -> Markup:
    c = _escaped(frame)
    evidence = ('<div class="muted">' + c["evidence"] + "</div>").where(c["evidence"] != "", "")
    return _joined(
        '<tr><td class="code">' + c["hire_id"] + "</td><td>" + c["last_name"] + ", "
        + c["first_name"] + "</td>\n  <td>" + c["field_office"] + "</td>\n"
        + '  <td><span class="codes">' + c["reason_codes"] + "</span>" + evidence + "</td>\n"
        + "  <td>" + c["priority"] + "</td></tr>"
    )  # fmt: skip


def _review_rows(frame: pd.DataFrame) -> Markup:
    c = _escaped(frame)
    return _joined(
        '<tr><td class="code">' + c["hire_id"] + "</td><td>" + c["last_name"] + ", "
        + c["first_name"] + "</td>\n  <td>" + c["field_office"] + "</td><td>"
        + c["what_to_check"] + '</td>\n  <td class="code">' + c["candidate_record_ids"]
        + '</td>\n  <td class="codes">' + c["reason_codes"] + "</td></tr>"
    )  # fmt: skip


def _escaped(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """A published table's text (as in its CSV: dates, scores, blanks for missing; minus
    the spreadsheet guard, as HTML shows a leading "=" harmlessly), escaped as markupsafe
    does, a column at a time: tens of thousands of rows rendered cell by cell through the
    template took longer than writing every CSV."""
    text = text_frame(frame, defuse_formulas=False)
    out = {}
    for column in text.columns:
        values = text[column].astype("string").fillna("")
        for char, entity in _ENTITIES:
            values = values.str.replace(char, entity, regex=False)
        out[str(column)] = values
    return out


_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&#34;"), ("'", "&#39;"))


def _joined(rows: pd.Series) -> Markup:
    return Markup("\n".join(rows.tolist()))


def _listed(values: Iterable[Any] | None) -> str:
    items = [str(v) for v in values or ()]
    return ", ".join(items) if items else NOT_RECORDED


def _text(value: Any) -> str:
    return NOT_RECORDED if value is None or value == "" else str(value)


def _years(value: Any) -> str:
    return NOT_RECORDED if value is None else f"{value} years"


def _months(value: Any) -> str:
    return NOT_RECORDED if value is None else f"{value} months"


def _overrides(by_source: Mapping[str, Any] | None) -> str:
    if not by_source:
        return "none (the default window applies to every registry)"
    return "; ".join(f"{source}: {years} years" for source, years in sorted(by_source.items()))
